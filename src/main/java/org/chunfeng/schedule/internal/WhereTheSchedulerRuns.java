package org.chunfeng.schedule.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Beans that need Quartz: only where the scheduler runs. Commands other than
 * {@code serve} set {@code chunfeng.scheduler.enabled=false} and leave Quartz out, and
 * start faster for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "chunfeng.scheduler.enabled", matchIfMissing = true)
@interface WhereTheSchedulerRuns {

}
