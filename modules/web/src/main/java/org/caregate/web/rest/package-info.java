/**
 * What every REST contract shares: turning refusals, protocol errors and unexpected failures into a response,
 * each contract supplying only the shape of its error body.
 */
package org.caregate.web.rest;
