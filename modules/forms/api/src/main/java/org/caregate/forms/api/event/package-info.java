/** The forms context's integration events: what other contexts and hospital consumers hear about filled forms. */
package org.caregate.forms.api.event;
