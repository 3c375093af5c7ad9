package org.opendsr.examples.cli;

import picocli.CommandLine;

/** Reads a whole number typed on the command line, saying in words when it is not one. */
final class WholeNumberConverter implements CommandLine.ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
    }
  }
}
