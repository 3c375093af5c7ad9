package org.opendsr.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.fhir.DsrRecord;
import org.opendsr.fhir.FhirExchange;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsr export --fhir}: one person's record as a FHIR R4 Bundle. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export one person's DSR record (every episode) as a FHIR R4 Bundle in JSON.")
final class ExportCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(names = "--fhir", required = true, description = "FHIR R4 (UK Core) Bundle, JSON.")
  private boolean fhir;

  @ArgGroup(multiplicity = "1")
  private Who who;

  static final class Who {
    @Option(names = "--entry", paramLabel = "ENTRY_ID", description = "Any episode of the person.")
    String entry;

    @Option(names = "--nhs-number", paramLabel = "NHS_NUMBER", description = "The person.")
    String nhsNumber;
  }

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the Bundle here (default: standard output).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    Session session = parent.open(db);
    NhsNumber nhs;
    if (who.entry != null) {
      nhs =
          session
              .register()
              .entry(org.opendsr.core.entry.EntryId.of(who.entry))
              .person()
              .nhsNumber();
    } else {
      nhs = NhsNumber.parse(who.nhsNumber);
    }
    List<Entry> episodes = session.register().episodesOf(nhs);
    if (episodes.isEmpty()) {
      throw new NotFoundException("no episode on the register has this NHS number");
    }
    String key = episodes.get(0).id().value();
    for (Entry e : episodes) {
      session.audited(
          Operation.EXPORT_SUBJECT_ACCESS, AccessPurpose.DIRECT_CARE, Optional.of(e.id().value()));
    }
    List<AuditRecord> audit = new ArrayList<>();
    for (Entry e : episodes) {
      audit.addAll(session.audit().forEntry(e.id().value()));
    }
    audit.sort(java.util.Comparator.comparing(AuditRecord::at));
    String json = FhirExchange.toJson(DsrRecord.fromRegister(session.register(), nhs, key, audit));
    if (out == null) {
      parent.env().out().println(json);
    } else {
      // A subject access export holds everything about a person: readable by its owner only.
      Files.writeString(PrivateFiles.file(out), json, StandardCharsets.UTF_8);
      parent
          .env()
          .err()
          .println("wrote the FHIR Bundle of " + episodes.size() + " episode(s) to " + out);
    }
    return Failures.OK;
  }
}
