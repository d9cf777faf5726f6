/** The forms facade: who may see and change templates, input checks, audit, views. */
package org.caregate.forms.application;
