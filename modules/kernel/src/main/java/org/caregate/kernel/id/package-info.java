/**
 * Typed ids: the number that names an appointment, an appointment type, an appointment setting, an availability,
 * a user, a user group, a tag or an API key, and the UUID that names a waiting room, so that a use case cannot take
 * one for another. Each parses the text a client sends and refuses a missing or malformed one as the field it came
 * in.
 */
package org.caregate.kernel.id;
