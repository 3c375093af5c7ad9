/** Executable architecture rules shared by the tests of every module. */
package org.opendsr.architecture;
