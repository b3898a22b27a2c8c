/**
 * Email delivery through an outbox: SMTP or .eml pickup folder (SPEC §5.2).
 */
@ApplicationModule(allowedDependencies = {})
package org.chunfeng.delivery;

import org.springframework.modulith.ApplicationModule;
