package org.opendsr.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.opendsr.core.DsrException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * Collects every problem found while reading a Bundle, each naming the resource by its position and
 * type and the element (for example {@code Bundle.entry[0].Patient.identifier[0].value}) and the
 * rule, never the value read. Resource ids are not named: a sender may use an NHS number as {@code
 * Patient.id}.
 */
final class ReadContext {

  private final List<Violation> problems = new ArrayList<>();
  private final Map<Resource, Integer> entries = new IdentityHashMap<>();

  List<Violation> problems() {
    return problems;
  }

  void problem(String path, String rule) {
    problems.add(Violation.of(path, rule));
  }

  /** Records where a resource sits in the Bundle, for {@link #path}. */
  void entry(Resource resource, int index) {
    entries.putIfAbsent(resource, index);
  }

  /** {@code Bundle.entry[i].Type}: the resource's position and type, never its id. */
  String path(Resource resource) {
    Integer index = entries.get(resource);
    return index == null
        ? resource.fhirType()
        : "Bundle.entry[" + index + "]." + resource.fhirType();
  }

  /**
   * Reads one resource, turning any failure the readers did not foresee into a problem naming the
   * resource; the exception's own message is not repeated in case it quotes the input.
   */
  void guard(Resource resource, Runnable read) {
    try {
      read.run();
    } catch (RuntimeException e) {
      problems.add(
          Violation.of(path(resource), "has an element in a shape the register cannot read"));
    }
  }

  /**
   * The value of a primitive, empty when it is absent or carries only extensions (FHIR lets a
   * data-absent-reason extension stand in for any value).
   */
  static Optional<String> text(PrimitiveType<?> value) {
    return value != null && value.hasValue() && value.getValueAsString() != null
        ? Optional.of(value.getValueAsString())
        : Optional.empty();
  }

  /**
   * Builds a domain value, turning the domain's own errors into problems at {@code path}. Domain
   * errors name fields and rules only, so their messages carry no personal data.
   */
  <T> Optional<T> attempt(String path, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        int dot = v.field().lastIndexOf('.');
        String element = dot < 0 ? "" : "." + v.field().substring(dot + 1);
        problems.add(Violation.of(path + element, v.rule()));
      }
    } catch (DsrException
        | org.opendsr.consent.ConsentException
        | org.opendsr.rating.RatingException e) {
      problems.add(Violation.of(path, e.getMessage()));
    } catch (NullPointerException e) {
      problems.add(Violation.of(path, "is incomplete"));
    } catch (IllegalArgumentException e) {
      // The model's consistency checks; their messages are not repeated in case they quote input.
      problems.add(Violation.of(path, "is not consistent with the register's model"));
    }
    return Optional.empty();
  }

  <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String code, String path) {
    if (code != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          return Optional.of(constant);
        }
      }
    }
    problems.add(Violation.of(path, "unknown code"));
    return Optional.empty();
  }

  /** The code of the first coding from {@code system}; a problem if there is none. */
  Optional<String> code(List<CodeableConcept> concepts, String system, String path) {
    for (int i = 0; i < concepts.size(); i++) {
      List<Coding> codings = concepts.get(i).getCoding();
      for (Coding coding : codings) {
        if (system.equals(coding.getSystem()) && text(coding.getCodeElement()).isPresent()) {
          return text(coding.getCodeElement());
        }
      }
    }
    problems.add(Violation.of(path, "needs a coding from " + system));
    return Optional.empty();
  }

  Optional<String> code(CodeableConcept concept, String system, String path) {
    return code(concept == null ? List.of() : List.of(concept), system, path + ".coding");
  }

  <E extends Enum<E>> Optional<E> coded(
      CodeableConcept concept, String system, Class<E> type, String path) {
    return code(concept, system, path).flatMap(c -> enumValue(type, c, path + ".coding.code"));
  }

  Optional<LocalDate> date(BaseDateTimeType value, String path) {
    if (value == null || !value.hasValue()) {
      problems.add(Violation.of(path, "is required"));
      return Optional.empty();
    }
    String text = value.getValueAsString();
    try {
      return Optional.of(LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(path, "must be a full date"));
      return Optional.empty();
    }
  }

  static List<Extension> extensions(Base holder, String url) {
    if (holder instanceof DomainResource resource) {
      return resource.getExtensionsByUrl(url);
    }
    if (holder instanceof Element element) {
      return element.getExtensionsByUrl(url);
    }
    return List.of();
  }

  /** The value of the single project extension {@code name}, or empty if it is absent. */
  Optional<Extension> optionalExtension(Base holder, String name, String path) {
    List<Extension> found = extensions(holder, FhirCodes.extension(name));
    if (found.size() > 1) {
      problems.add(Violation.of(path + ".extension[" + name + "]", "must appear at most once"));
      return Optional.empty();
    }
    return found.stream().findFirst();
  }

  private <T> Optional<T> required(
      Optional<Extension> extension, Class<T> type, String path, String name) {
    String where = path + ".extension[" + name + "]";
    if (extension.isEmpty()) {
      problems.add(Violation.of(where, "is required"));
      return Optional.empty();
    }
    Object value = extension.get().getValue();
    if (!type.isInstance(value)) {
      problems.add(Violation.of(where, "must have a value of type " + type.getSimpleName()));
      return Optional.empty();
    }
    if (value instanceof PrimitiveType<?> primitive && primitive.getValue() == null) {
      problems.add(Violation.of(where, "must have a value"));
      return Optional.empty();
    }
    return Optional.of(type.cast(value));
  }

  Optional<String> identifierExtension(Base holder, String name, String system, String path) {
    return required(optionalExtension(holder, name, path), Identifier.class, path, name)
        .flatMap(i -> identifierValue(i, system, path + ".extension[" + name + "]"));
  }

  Optional<String> identifierValue(Identifier identifier, String system, String path) {
    Optional<String> value = text(identifier.getValueElement());
    if (!system.equals(identifier.getSystem()) || value.isEmpty()) {
      problems.add(Violation.of(path, "needs an identifier value in " + system));
      return Optional.empty();
    }
    return value;
  }

  Optional<String> codeExtension(Base holder, String name, String path) {
    Optional<Extension> extension = optionalExtension(holder, name, path);
    if (extension.isEmpty()) {
      return Optional.empty();
    }
    return required(extension, CodeType.class, path, name).map(PrimitiveType::getValue);
  }

  Optional<String> stringExtension(Base holder, String name, String path) {
    return required(optionalExtension(holder, name, path), StringType.class, path, name)
        .map(PrimitiveType::getValue);
  }

  Optional<Boolean> booleanExtension(Base holder, String name, String path) {
    return required(optionalExtension(holder, name, path), BooleanType.class, path, name)
        .map(PrimitiveType::getValue);
  }

  Optional<LocalDate> dateExtension(Base holder, String name, String path) {
    return required(optionalExtension(holder, name, path), DateType.class, path, name)
        .flatMap(d -> date(d, path + ".extension[" + name + "]"));
  }

  Optional<Integer> integerExtension(Base holder, String name, String path) {
    return required(optionalExtension(holder, name, path), IntegerType.class, path, name)
        .map(PrimitiveType::getValue);
  }

  /** A sub-extension of a complex extension, by its plain name. */
  Optional<Object> sub(Extension parent, String name, String path) {
    String where = path + ".extension[" + name + "]";
    List<Extension> found = parent.getExtensionsByUrl(name);
    if (found.size() > 1) {
      problems.add(Violation.of(where, "must appear at most once"));
      return Optional.empty();
    }
    if (found.isEmpty() || found.get(0).getValue() == null) {
      problems.add(Violation.of(where, "is required"));
      return Optional.empty();
    }
    Object value = found.get(0).getValue();
    if (value instanceof PrimitiveType<?> primitive && primitive.getValue() == null) {
      problems.add(Violation.of(where, "must have a value"));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<String> subCode(Extension parent, String name, String path) {
    return typed(sub(parent, name, path), CodeType.class, path, name).map(PrimitiveType::getValue);
  }

  Optional<String> subString(Extension parent, String name, String path) {
    return typed(sub(parent, name, path), StringType.class, path, name)
        .map(PrimitiveType::getValue);
  }

  Optional<String> subIdentifier(Extension parent, String name, String path) {
    return typed(sub(parent, name, path), Identifier.class, path, name)
        .flatMap(i -> identifierValue(i, FhirCodes.USER_ID, path + ".extension[" + name + "]"));
  }

  <T> Optional<T> typed(Optional<Object> value, Class<T> type, String path, String name) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!type.isInstance(value.get())) {
      problems.add(
          Violation.of(
              path + ".extension[" + name + "]",
              "must have a value of type " + type.getSimpleName()));
      return Optional.empty();
    }
    return Optional.of(type.cast(value.get()));
  }

  /** The opaque user id of the first performer. */
  Optional<String> performer(Consent consent, String path) {
    if (!consent.hasPerformer()) {
      problems.add(Violation.of(path, "is required"));
      return Optional.empty();
    }
    return identifierValue(consent.getPerformerFirstRep().getIdentifier(), FhirCodes.USER_ID, path);
  }

  Optional<Boolean> permit(Consent.ConsentProvisionType type, String path) {
    if (type == Consent.ConsentProvisionType.PERMIT) {
      return Optional.of(true);
    }
    if (type == Consent.ConsentProvisionType.DENY) {
      return Optional.of(false);
    }
    problems.add(Violation.of(path, "must be permit or deny"));
    return Optional.empty();
  }
}
