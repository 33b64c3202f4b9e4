package dev.heng.adapter.out.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Conversions between record fields and column values that both databases accept. */
final class RowValues {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<TreeMap<String, Integer>> INT_MAP = new TypeReference<>() {};
  private static final TypeReference<TreeMap<String, String>> TEXT_MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> TEXT_LIST = new TypeReference<>() {};

  private RowValues() {}

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static String text(Readable row, String column) {
    return row.get(column, String.class);
  }

  static Integer integer(Readable row, String column) {
    Number value = row.get(column, Number.class);
    return value == null ? null : value.intValue();
  }

  static Double decimal(Readable row, String column) {
    Number value = row.get(column, Number.class);
    return value == null ? null : value.doubleValue();
  }

  static boolean flag(Readable row, String column) {
    return Boolean.TRUE.equals(row.get(column, Boolean.class));
  }

  static LocalDate date(Readable row, String column) {
    return row.get(column, LocalDate.class);
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static <E extends Enum<E>> E enumValue(Readable row, String column, Class<E> type) {
    String value = row.get(column, String.class);
    return value == null ? null : Enum.valueOf(type, value);
  }

  static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  static Map<String, Integer> intMap(Readable row, String column) {
    return JSON.readValue(row.get(column, String.class), INT_MAP);
  }

  static Map<String, String> textMap(Readable row, String column) {
    return JSON.readValue(row.get(column, String.class), TEXT_MAP);
  }

  static List<String> textList(Readable row, String column) {
    return JSON.readValue(row.get(column, String.class), TEXT_LIST);
  }

  static <E extends Enum<E>> String enumSet(Set<E> values) {
    return json(values.stream().map(Enum::name).toList());
  }

  static <E extends Enum<E>> Set<E> enumSet(Readable row, String column, Function<String, E> of) {
    return Set.copyOf(textList(row, column).stream().map(of).toList());
  }
}
