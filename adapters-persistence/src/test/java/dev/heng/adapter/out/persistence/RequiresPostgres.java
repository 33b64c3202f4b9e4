package dev.heng.adapter.out.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the PostgreSQL database named by {@value
 * TestDatabase#PG_URL_VARIABLE}. Without that variable the class is skipped, and the first skipped
 * class of the run says so in one log line.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PostgresAvailableCondition.class)
public @interface RequiresPostgres {}
