/** Healthie's form templates and questions over GraphQL (seed 001 "Forms"), adapting the forms context. */
package org.caregate.web.forms;
