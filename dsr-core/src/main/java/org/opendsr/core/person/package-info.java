/**
 * The person on the register and the people and organisations around them: NHS number, name, date
 * of birth, residence, diagnosis, agencies and professionals. Every type here that holds personal
 * data masks it in {@code toString()}; validation errors name the field and rule, never the value.
 */
package org.opendsr.core.person;
