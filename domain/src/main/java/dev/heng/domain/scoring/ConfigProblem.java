package dev.heng.domain.scoring;

/**
 * One rule a tenant's configuration breaks: its scoring configuration, or its alert settings.
 *
 * @param field the path of the offending field, such as {@code metrics[2].weight}
 * @param reason what is wrong, with the offending value
 */
public record ConfigProblem(String field, String reason) {

  public ConfigProblem {
    if (field == null || reason == null) {
      throw new IllegalArgumentException("field and reason must not be null");
    }
  }
}
