package dev.heng.adapter.in.web;

import dev.heng.application.port.in.IntakeLine;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.InvalidFieldException;
import dev.heng.domain.record.RecordKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads intake lines of every kind into domain records and writes records back as JSON. Reading is
 * strict: an unknown field is an error, so a misspelt field never silently goes missing.
 */
@Component
class RecordCodec {

  private final Map<RecordKind, Entry<?, ?>> entries = new EnumMap<>(RecordKind.class);

  RecordCodec(JsonMapper json, RecordMapper mapper) {
    register(json, RecordKind.TEAMS, TeamDto.class, mapper::toDomain, mapper::toDto);
    register(json, RecordKind.AGENTS, AgentDto.class, mapper::toDomain, mapper::toDto);
    register(json, RecordKind.CUSTOMERS, CustomerDto.class, mapper::toDomain, mapper::toDto);
    register(json, RecordKind.TICKETS, TicketDto.class, mapper::toDomain, mapper::toDto);
    register(json, RecordKind.TICKET_EVENTS, TicketEventDto.class, mapper::toDomain, mapper::toDto);
    register(json, RecordKind.ARTICLES, ArticleDto.class, mapper::toDomain, mapper::toDto);
    register(
        json, RecordKind.CONTRIBUTIONS, ContributionDto.class, mapper::toDomain, mapper::toDto);
  }

  private <D, R extends IntakeRecord> void register(
      JsonMapper json,
      RecordKind kind,
      Class<D> dtoType,
      Function<D, R> toDomain,
      Function<R, D> toDto) {
    ObjectReader reader =
        json.readerFor(dtoType).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    entries.put(kind, new Entry<>(dtoType, reader, toDomain, toDto));
  }

  /**
   * Reads one line.
   *
   * @param pathId the external id named in the URL of a single upsert, or null in a batch; when
   *     set, a body without {@code externalId} takes it and a body with another one is refused
   */
  IntakeLine read(RecordKind kind, int lineNumber, String text, String pathId) {
    return entries.get(kind).read(lineNumber, text, pathId);
  }

  /** The API form of a record, ready for the JSON encoder. */
  Object write(IntakeRecord record) {
    return entries.get(record.kind()).write(record);
  }

  private record Entry<D, R extends IntakeRecord>(
      Class<D> dtoType, ObjectReader reader, Function<D, R> toDomain, Function<R, D> toDto) {

    IntakeLine read(int lineNumber, String text, String pathId) {
      D dto;
      try {
        dto = pathId == null ? reader.readValue(text) : reader.readValue(withId(text, pathId));
      } catch (JacksonException e) {
        return unreadable(lineNumber, e);
      }
      if (dto == null) {
        return new IntakeLine.Unreadable(lineNumber, null, "must be a JSON object");
      }
      try {
        R record = toDomain.apply(dto);
        if (pathId != null && !pathId.equals(record.externalId())) {
          return new IntakeLine.Unreadable(
              lineNumber, "externalId", "must match the id in the URL, '" + pathId + "'");
        }
        return new IntakeLine.Read(lineNumber, record);
      } catch (InvalidFieldException e) {
        return new IntakeLine.Unreadable(lineNumber, e.field(), e.reason());
      }
    }

    Object write(IntakeRecord record) {
      return toDto.apply(toDomainType(record));
    }

    @SuppressWarnings("unchecked")
    private R toDomainType(IntakeRecord record) {
      return (R) record;
    }

    /** A body without an external id takes the one in the URL. */
    private JsonNode withId(String text, String pathId) {
      JsonNode tree = reader.readTree(text);
      if (tree instanceof ObjectNode object && !object.has("externalId")) {
        object.put("externalId", pathId);
      }
      return tree;
    }

    private static IntakeLine unreadable(int lineNumber, JacksonException e) {
      String field = fieldOf(e);
      String reason =
          switch (e) {
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case InvalidFormatException format ->
                "cannot be read as "
                    + describe(format.getTargetType())
                    + ": '"
                    + format.getValue()
                    + "'";
            default -> field == null ? "is not valid JSON" : "has the wrong type or form";
          };
      return new IntakeLine.Unreadable(lineNumber, field, reason);
    }

    private static String fieldOf(JacksonException e) {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference reference : e.getPath()) {
        if (reference.getPropertyName() != null) {
          if (!path.isEmpty()) {
            path.append('.');
          }
          path.append(reference.getPropertyName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? null : path.toString();
    }

    private static String describe(Class<?> type) {
      if (type == null) {
        return "the expected type";
      }
      if (type.isEnum()) {
        StringBuilder names = new StringBuilder("one of ");
        Object[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
          names.append(i == 0 ? "" : ", ").append(constants[i].toString().toLowerCase());
        }
        return names.toString();
      }
      return switch (type.getSimpleName()) {
        case "Instant" -> "an ISO-8601 UTC time such as 2026-11-30T09:15:00Z";
        case "LocalDate" -> "an ISO-8601 date such as 2026-11-30";
        case "Integer", "int" -> "a whole number";
        case "Double", "double" -> "a number";
        case "Boolean", "boolean" -> "true or false";
        default -> "a " + type.getSimpleName();
      };
    }
  }
}
