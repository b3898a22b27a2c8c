/**
 * What the log says about the work in hand (issue #12): the run, import, Quartz firing or
 * API request a line belongs to, in the logging context (MDC) of every line the work
 * causes and in the log pattern; and each job's and step's start, end, counts and
 * failure.
 */
@ApplicationModule(allowedDependencies = {})
package org.chunfeng.logging;

import org.springframework.modulith.ApplicationModule;
