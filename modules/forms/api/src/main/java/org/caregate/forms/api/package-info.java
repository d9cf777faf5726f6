/** What other contexts and the web adapters may use of the forms context: its facade, views and requests. */
package org.caregate.forms.api;
