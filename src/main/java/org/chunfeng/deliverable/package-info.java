/**
 * The deliverables of jobs/ and their runs: ingest, reconcile, compile, deliver (SPEC
 * §6).
 */
@ApplicationModule
package org.chunfeng.deliverable;

import org.springframework.modulith.ApplicationModule;
