package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.easyread.EasyRead;
import org.opendsr.easyread.EasyReadDocument;
import org.opendsr.easyread.EasyReadSettings;
import org.opendsr.easyread.render.EasyReadPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dsr easy-read}: "My DSR", one person's own entry as an Easy Read A4 PDF booklet, tagged
 * for screen readers. Reading the entry goes through the access-controlled, audited register and is
 * recorded as a subject access export.
 */
@Command(
    name = "easy-read",
    mixinStandardHelpOptions = true,
    description = "Write one person's entry as an Easy Read PDF booklet (My DSR) for them.")
final class EasyReadCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(names = "--entry", required = true, paramLabel = "ENTRY_ID", description = "The entry.")
  private String entry;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE.pdf",
      description = "Write the PDF booklet here.")
  private Path out;

  // Local practice, configurable: the team's name and number as people know them. The defaults
  // name no real team and no real number, so a booklet never sends a person to the wrong phone.
  @Option(
      names = "--team",
      paramLabel = "NAME",
      description = "The DSR team's name as people know it (default: ${DEFAULT-VALUE}).")
  private String team = "the DSR team";

  @Option(
      names = "--phone",
      paramLabel = "NUMBER",
      description =
          "The team's phone number, as written for people. Without it the booklet says"
              + " \"The phone number is on your letter from us.\"")
  private String phone = "on your letter from us";

  @Override
  public Integer call() throws IOException {
    if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      throw new UsageException("-o/--out: the booklet is a PDF, so the file name must end in .pdf");
    }
    EasyReadSettings settings;
    try {
      settings = EasyReadSettings.of(team, phone);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--team/--phone: " + e.getMessage());
    }
    Session session = parent.open(db);
    Entry found = session.register().entry(EntryId.of(entry));
    session.audited(
        Operation.EXPORT_SUBJECT_ACCESS,
        AccessPurpose.DIRECT_CARE,
        Optional.of(found.id().value()));
    LocalDate today = LocalDate.now(parent.env().clock());
    EasyReadDocument document = EasyRead.document(found, today, settings);
    try (OutputStream stream = Files.newOutputStream(out)) {
      EasyReadPdf.write(document, stream);
    }
    parent.env().err().println("wrote the Easy Read booklet of " + entry + " to " + out);
    return Failures.OK;
  }
}
