package org.chunfeng.delivery;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Finds parts of a received message. */
public final class MailParts {

	private MailParts() {
	}

	/** The first attachment anywhere in the message. */
	public static Part attachment(Part message) throws Exception {
		Part found = find(message, null);
		if (found == null) {
			throw new AssertionError("no attachment");
		}
		return found;
	}

	/** The first part whose content type starts with {@code type}. */
	public static Part part(Part message, String type) throws Exception {
		Part found = find(message, type);
		if (found == null) {
			throw new AssertionError("no " + type + " part");
		}
		return found;
	}

	private static Part find(Part part, String type) throws Exception {
		boolean matches = (type != null) ? part.getContentType().toLowerCase().startsWith(type)
				: Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		if (matches) {
			return part;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				Part found = find(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
