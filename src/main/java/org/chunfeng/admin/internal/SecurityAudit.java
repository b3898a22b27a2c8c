package org.chunfeng.admin.internal;

import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A console login in the audit log (form); API requests authenticate each time and only
 * their failures are logged ({@link ThrottledAuthentication}).
 */
@ConditionalOnWebApplication
@Component
class SecurityAudit {

	private final AuditLog audit;

	SecurityAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.audit.record(event.getAuthentication().getName(), address, "LOGIN", null, null, AuditOutcome.OK, null);
	}

}
