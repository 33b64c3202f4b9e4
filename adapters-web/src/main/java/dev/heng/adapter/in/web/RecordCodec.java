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
      return new IntakeLine.Unreadable(lineNumber, JsonErrors.field(e), JsonErrors.reason(e));
    }
  }
}
