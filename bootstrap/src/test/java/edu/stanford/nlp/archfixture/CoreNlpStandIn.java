package edu.stanford.nlp.archfixture;

/**
 * Stands in for a CoreNLP type in the architecture fixture. ArchUnit matches a dependency by the
 * package of its target, so any class below {@code edu.stanford.nlp} proves that the CoreNLP rule
 * fires, without pulling CoreNLP and its models (hundreds of megabytes) onto bootstrap's test
 * classpath for that alone. CoreNLP has no package of this name, so nothing clashes when its jar
 * joins the classpath, and as a test class this never ships.
 */
public final class CoreNlpStandIn {}
