/**
 * Deliberately broken code for the architecture tests, laid out like the production tree below
 * {@code dev.heng}. Every rule of {@code HengArchitectureRules} has at least one class here that
 * breaks it, named for what it does wrong, and compliant classes keep each rule's selection from
 * being empty. The package lives in bootstrap's test sources: it is never packaged, and the
 * production architecture test does not import it.
 *
 * <p>Lucene and CoreNLP appear through the stand-ins {@code org.apache.lucene.archfixture} and
 * {@code edu.stanford.nlp.archfixture}; R2DBC, Spring and SLF4J are real, from bootstrap's
 * classpath. No class here carries a Spring stereotype annotation, so a test context that scans for
 * components never picks one up.
 */
package dev.heng.archfixture;
