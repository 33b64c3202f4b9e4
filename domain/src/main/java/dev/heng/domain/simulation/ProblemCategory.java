package dev.heng.domain.simulation;

/**
 * The problem categories of simulated tickets, with how often people and businesses raise each.
 * Businesses bring more technical and account work, people more delivery and refund questions.
 */
enum ProblemCategory {
  BILLING("billing", 0.15, 0.18),
  LOGIN("login", 0.12, 0.12),
  DELIVERY("delivery", 0.20, 0.06),
  REFUND("refund", 0.15, 0.05),
  TECHNICAL("technical", 0.12, 0.30),
  ACCOUNT("account", 0.10, 0.15),
  SUBSCRIPTION("subscription", 0.10, 0.09),
  PRIVACY("privacy", 0.06, 0.05);

  private final String code;
  private final double individualWeight;
  private final double enterpriseWeight;

  ProblemCategory(String code, double individualWeight, double enterpriseWeight) {
    this.code = code;
    this.individualWeight = individualWeight;
    this.enterpriseWeight = enterpriseWeight;
  }

  /** The category as written on tickets, skills and tags, such as {@code billing}. */
  String code() {
    return code;
  }

  /** Relative frequency of the category among a segment's tickets. */
  double weight(boolean enterprise) {
    return enterprise ? enterpriseWeight : individualWeight;
  }
}
