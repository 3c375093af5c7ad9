package org.opendsr.examples.cli;

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

  @Parameters(paramLabel = "NHS_NUMBER", description = "Ten digits, spaces or hyphens allowed.")
  private String number;

  @Override
  public Integer call() {
    NhsNumber nhs = NhsNumber.parse(number);
    parent.env().out().println("valid NHS number " + nhs.formatted());
    return Failures.OK;
  }
}
