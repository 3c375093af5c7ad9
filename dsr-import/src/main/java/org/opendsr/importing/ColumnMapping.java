package org.opendsr.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * Which spreadsheet column holds which register field, and how dates are written.
 *
 * <p>A mapping file is a properties file, one {@code field = Column heading} a line:
 *
 * <pre>
 * # Wiltshire DSR spreadsheet, tab "Register", saved as CSV
 * name          = Full name
 * dateOfBirth   = DOB
 * nhsNumber     = NHS No
 * address       = Address
 * postcode      = Postcode
 * rag           = RAG
 * diagnosis     = Diagnosis
 * keyWorkers    = Key workers
 * lastReview    = Last review
 * notes         = Notes
 * consent       = Consent to DSR
 * dateFormat    = dd/MM/yyyy
 * locality      = Wiltshire
 * </pre>
 *
 * <p>{@code name}, {@code dateOfBirth}, {@code nhsNumber}, {@code address} and {@code diagnosis}
 * are required; the other fields are optional. {@code dateFormat} (a {@link DateTimeFormatter}
 * pattern, default {@code dd/MM/yyyy}; ISO dates are always accepted too) and {@code locality} (the
 * reporting area of everyone in the file, used when no {@code localityColumn} is mapped) are
 * settings rather than columns.
 */
public final class ColumnMapping {

  /** The register fields a spreadsheet column can hold. */
  public enum Field {
    /** The person's full name, "Given Family" or "Family, Given". Required. */
    NAME("name", true),
    /** Date of birth. Required. */
    DATE_OF_BIRTH("dateOfBirth", true),
    /** NHS number, ten digits with or without spaces. Required. */
    NHS_NUMBER("nhsNumber", true),
    /** Address (without the postcode when a postcode column is mapped). Required. */
    ADDRESS("address", true),
    /** Postcode. */
    POSTCODE("postcode", false),
    /** The reporting area, when it varies by row. */
    LOCALITY("localityColumn", false),
    /** The RAG(B) rating: Red, Amber, Green (or R, A, G). */
    RAG("rag", false),
    /** Learning disability and/or autism, or suspected autism. Required. */
    DIAGNOSIS("diagnosis", true),
    /** Key workers, as free text. */
    KEY_WORKERS("keyWorkers", false),
    /** The date of the last DSR review. */
    LAST_REVIEW("lastReview", false),
    /** Free-text notes. */
    NOTES("notes", false),
    /** Whether consent (or another basis) for inclusion is recorded: yes or no. */
    CONSENT("consent", false),
    /** The date the person was added to the legacy register. */
    ADDED("added", false);

    private final String key;
    private final boolean required;

    Field(String key, boolean required) {
      this.key = key;
      this.required = required;
    }

    /**
     * The key of this field in a mapping file.
     *
     * @return the key, e.g. {@code nhsNumber}
     */
    public String key() {
      return key;
    }

    /**
     * Whether every mapping must name a column for this field.
     *
     * @return true if required
     */
    public boolean required() {
      return required;
    }
  }

  private static final String DATE_FORMAT = "dateFormat";
  private static final String LOCALITY_SETTING = "locality";
  private static final String DEFAULT_DATE_FORMAT = "dd/MM/yyyy";

  private final Map<Field, String> columns;
  private final DateTimeFormatter dateFormat;
  private final Optional<String> locality;

  private ColumnMapping(
      Map<Field, String> columns, DateTimeFormatter dateFormat, Optional<String> locality) {
    this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    this.dateFormat = dateFormat;
    this.locality = locality;
  }

  /**
   * Reads a mapping file (UTF-8 properties).
   *
   * @param file the file
   * @return the mapping
   * @throws IOException if the file cannot be read
   * @throws ValidationException naming every unknown key, missing required field or bad setting
   */
  public static ColumnMapping read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(in);
      Map<String, String> entries = new java.util.LinkedHashMap<>();
      for (String name : properties.stringPropertyNames()) {
        entries.put(name, properties.getProperty(name));
      }
      return of(entries);
    }
  }

  /**
   * A mapping from keys and values as in a mapping file.
   *
   * @param entries field keys to column headings, plus the settings
   * @return the mapping
   * @throws ValidationException naming every unknown key, missing required field or bad setting
   */
  public static ColumnMapping of(Map<String, String> entries) {
    Objects.requireNonNull(entries, "entries");
    List<Violation> problems = new ArrayList<>();
    Map<Field, String> columns = new EnumMap<>(Field.class);
    DateTimeFormatter format = pattern(DEFAULT_DATE_FORMAT);
    Optional<String> locality = Optional.empty();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String key = e.getKey().strip();
      String value = e.getValue().strip();
      if (key.equals(DATE_FORMAT)) {
        try {
          format = pattern(value);
        } catch (IllegalArgumentException bad) {
          problems.add(Violation.of("mapping." + DATE_FORMAT, "is not a date pattern"));
        }
        continue;
      }
      if (key.equals(LOCALITY_SETTING)) {
        locality = Optional.of(value).filter(v -> !v.isEmpty());
        continue;
      }
      Optional<Field> field = fieldFor(key);
      if (field.isEmpty()) {
        problems.add(Violation.of("mapping." + key, "is not a field the import knows"));
      } else if (value.isEmpty()) {
        problems.add(Violation.of("mapping." + key, "must name a column heading"));
      } else {
        columns.put(field.get(), value);
      }
    }
    for (Field field : Field.values()) {
      if (field.required() && !columns.containsKey(field)) {
        problems.add(Violation.of("mapping." + field.key(), "is required"));
      }
    }
    if (!columns.containsKey(Field.LOCALITY) && locality.isEmpty()) {
      problems.add(
          Violation.of(
              "mapping." + LOCALITY_SETTING,
              "is required when no localityColumn is mapped (the reporting area of the file)"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new ColumnMapping(columns, format, locality);
  }

  private static Optional<Field> fieldFor(String key) {
    for (Field f : Field.values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter pattern(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The column heading mapped to a field.
   *
   * @param field the field
   * @return the heading, or empty if the field is not mapped
   */
  public Optional<String> column(Field field) {
    return Optional.ofNullable(columns.get(field));
  }

  /**
   * Every mapped field and its heading.
   *
   * @return the columns by field
   */
  public Map<Field, String> columns() {
    return columns;
  }

  /**
   * How dates are written in the spreadsheet.
   *
   * @return the format
   */
  public DateTimeFormatter dateFormat() {
    return dateFormat;
  }

  /**
   * The reporting area for every row, when no locality column is mapped.
   *
   * @return the locality, if set
   */
  public Optional<String> locality() {
    return locality;
  }
}
