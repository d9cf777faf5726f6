/** The forms context: form templates and their questions (issue 12's first slice). */
package org.caregate.forms;
