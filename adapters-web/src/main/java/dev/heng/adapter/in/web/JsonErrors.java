package dev.heng.adapter.in.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field and the reason of a JSON body that could not be read, for problem details. */
final class JsonErrors {

  private JsonErrors() {}

  /** The path of the field at fault, such as {@code metrics[2].weight}, or null for the body. */
  static String field(JacksonException e) {
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

  /** Why the field, or the body, could not be read. */
  static String reason(JacksonException e) {
    String field = field(e);
    return switch (e) {
      case UnrecognizedPropertyException unknown -> "is not a known field";
      case InvalidFormatException format ->
          "cannot be read as " + describe(format.getTargetType()) + ": '" + format.getValue() + "'";
      default -> field == null ? "is not valid JSON" : "has the wrong type or form";
    };
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
