package vn.motcua.workload;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.motcua.shared.VietnameseMessages;

/**
 * E-mails to officers over the SMTP server the applicants' messages use ({@code SPRING_MAIL_HOST}, …, sender
 * {@code MOTCUA_MAIL_FROM}); off when no mail host is configured. Plain text, UTF-8, in Vietnamese.
 */
@Component
class OfficerMail {

	private final JavaMailSender mail;

	private final String from;

	private final VietnameseMessages messages;

	OfficerMail(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host,
			@Value("${motcua.mail.from:}") String from, MessageSource messages) {
		this.mail = host.isBlank() ? null : mail.getIfAvailable();
		this.from = from.isBlank() ? "motcua@localhost" : from.strip();
		this.messages = new VietnameseMessages(messages);
	}

	boolean on() {
		return mail != null;
	}

	/** Sends one e-mail; false when it could not be sent (no server, refused, unreachable): try again later. */
	boolean send(String to, String subject, String text) {
		if (mail == null) {
			return false;
		}
		try {
			MimeMessage mime = mail.createMimeMessage();
			mime.setFrom(new InternetAddress(from, messages.say("workload.mail.fromName"), "UTF-8"));
			mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
			mime.setSubject(subject, "UTF-8");
			mime.setText(text, "UTF-8");
			mail.send(mime);
			return true;
		}
		catch (MessagingException | MailException | java.io.UnsupportedEncodingException e) {
			org.slf4j.LoggerFactory.getLogger(OfficerMail.class).warn("Officer e-mail to {} not sent: {}", to,
					e.getMessage());
			return false;
		}
	}

	String say(String key, Object... arguments) {
		return messages.say(key, arguments);
	}
}
