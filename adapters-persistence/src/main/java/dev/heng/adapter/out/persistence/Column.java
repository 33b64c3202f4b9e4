package dev.heng.adapter.out.persistence;

/**
 * A kind-specific column of an intake table.
 *
 * @param name the SQL column name
 * @param type the Java type bound to it and read from it
 */
record Column(String name, Class<?> type) {

  static Column text(String name) {
    return new Column(name, String.class);
  }

  static Column integer(String name) {
    return new Column(name, Integer.class);
  }

  static Column decimal(String name) {
    return new Column(name, Double.class);
  }

  static Column flag(String name) {
    return new Column(name, Boolean.class);
  }

  static Column instant(String name) {
    return new Column(name, java.time.OffsetDateTime.class);
  }

  static Column date(String name) {
    return new Column(name, java.time.LocalDate.class);
  }
}
