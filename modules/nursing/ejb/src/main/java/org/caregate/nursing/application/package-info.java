/** The nursing facades: who may see and change what, resolving a calling place, the one open request per location, events, views. */
package org.caregate.nursing.application;
