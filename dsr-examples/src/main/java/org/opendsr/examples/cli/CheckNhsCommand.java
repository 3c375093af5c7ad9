package org.opendsr.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.opendsr.core.person.NhsNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsr check-nhs}: checks an NHS number's check digit. */
@Command(
    name = "check-nhs",
    mixinStandardHelpOptions = true,
    description = "Check an NHS number (modulus 11) and show it formatted.")
final class CheckNhsCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Parameters(
      arity = "1..3",
      paramLabel = "NHS_NUMBER",
      description =
          "Ten digits, spaces or hyphens allowed, with or without quotes: 943 476 5919,"
              + " \"943 476 5919\" or 9434765919.")
  private List<String> parts;

  @Override
  public Integer call() {
    // Typed without quotes, "943 476 5919" arrives as three arguments: they are one number.
    NhsNumber nhs = NhsNumber.parse(String.join(" ", parts));
    parent.env().out().println("valid NHS number " + nhs.formatted());
    return Failures.OK;
  }
}
