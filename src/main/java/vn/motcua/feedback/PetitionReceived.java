package vn.motcua.feedback;

import java.time.OffsetDateTime;

/**
 * A petition (phản ánh, kiến nghị) was filed and got its tracking code; published in the desk's transaction, so a
 * listener's work (the message telling the petitioner the code, issue 16) is committed with it or not at all.
 * {@code contact} is the phone number or e-mail address the petitioner gave, as typed (null: none).
 */
public record PetitionReceived(String code, String agencyCode, String contact, OffsetDateTime at) {
}
