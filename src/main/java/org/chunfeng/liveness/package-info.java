/**
 * Which job executions (deliverable runs, imports) are alive: each holds a heartbeat
 * while its JVM runs it, so that any instance can tell a dead run from a live one and
 * take it over once (issue #10); and a database health check that answers while the
 * database does not.
 */
@ApplicationModule(allowedDependencies = {})
package org.chunfeng.liveness;

import org.springframework.modulith.ApplicationModule;
