package vn.motcua.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * The e-mail channel over SMTP (Spring's {@link JavaMailSender}, {@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}; the sender {@code MOTCUA_MAIL_FROM}). A message the mail
 * server accepted counts as delivered: SMTP tells no more. Its {@code Message-ID} is made from the message's id, so a
 * copy sent again after a crash is recognised as the same message by mail programs. A refused recipient or a
 * malformed address refuses the message; a server that cannot be reached is tried again later.
 */
final class MailGateway implements Delivery.Gateway {

	private final JavaMailSender mail;

	private final String from;

	private final VietnameseMessages messages;

	MailGateway(JavaMailSender mail, String from, VietnameseMessages messages) {
		this.mail = mail;
		this.from = from == null || from.isBlank() ? "motcua@localhost" : from.strip();
		this.messages = messages;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.EMAIL;
	}

	@Override
	public Delivery.Result send(Delivery.Outgoing message) {
		String messageId = "<" + message.id() + "@motcua>";
		try {
			jakarta.mail.Session session = mail instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl
					? impl.getSession() : jakarta.mail.Session.getInstance(new java.util.Properties());
			MimeMessage mime = new MimeMessage(session) {
				@Override
				protected void updateMessageID() throws MessagingException {
					setHeader("Message-ID", messageId);
				}
			};
			mime.setFrom(new InternetAddress(from, messages.say("notifications.mail.fromName"), "UTF-8"));
			mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.to(), true));
			mime.setSubject(messages.say("notifications.mail.subject." + message.kind().name(), message.dossierCode()),
					"UTF-8");
			mime.setText(message.text(), "UTF-8");
			mail.send(mime);
			return Delivery.Result.delivered(messageId);
		}
		catch (MailParseException | MessagingException | java.io.UnsupportedEncodingException e) {
			return Delivery.Result.refused("SMTP: " + e.getMessage());
		}
		catch (MailSendException e) {
			boolean refusedRecipient = e.getMessage() != null && e.getMessage().matches("(?s).*\\b55\\d\\b.*");
			return refusedRecipient ? Delivery.Result.refused("SMTP: " + e.getMessage())
					: Delivery.Result.unavailable("SMTP: " + e.getMessage());
		}
		catch (MailAuthenticationException e) {
			return Delivery.Result.unavailable("SMTP: " + e.getMessage());
		}
		catch (MailException e) {
			return Delivery.Result.unavailable("SMTP: " + e.getMessage());
		}
	}
}
