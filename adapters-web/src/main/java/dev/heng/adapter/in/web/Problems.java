package dev.heng.adapter.in.web;

import dev.heng.domain.scoring.ConfigProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem details, the body of every error this API answers. */
final class Problems {

  private Problems() {}

  static ResponseEntity<Object> of(HttpStatus status, String title, String detail) {
    return respond(problem(status, title, detail));
  }

  static ResponseEntity<Object> invalidParameter(String parameter, String reason) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "Invalid parameter", parameter + ": " + reason);
    problem.setProperty("errors", List.of(Map.of("field", parameter, "reason", reason)));
    return respond(problem);
  }

  /** A 400 that lists every field at fault with its reason, under {@code errors}. */
  static ResponseEntity<Object> invalidFields(String title, List<ConfigProblem> problems) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            title,
            problems.size() == 1
                ? problems.getFirst().field() + ": " + problems.getFirst().reason()
                : problems.size() + " fields are invalid; see errors");
    problem.setProperty(
        "errors",
        problems.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
    return respond(problem);
  }

  static ResponseEntity<Object> notFound(String what) {
    return of(HttpStatus.NOT_FOUND, "Not found", what + " does not exist");
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  static ResponseEntity<Object> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
