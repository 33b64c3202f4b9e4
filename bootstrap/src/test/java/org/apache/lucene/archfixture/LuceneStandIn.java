package org.apache.lucene.archfixture;

/**
 * Stands in for a Lucene type in the architecture fixture. ArchUnit matches a dependency by the
 * package of its target, so any class below {@code org.apache.lucene} proves that the Lucene rule
 * fires, without putting Lucene on bootstrap's test classpath for that alone. Lucene has no package
 * of this name, so nothing clashes when its jars join the classpath, and as a test class this never
 * ships.
 */
public final class LuceneStandIn {}
