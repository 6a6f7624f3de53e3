package vn.motcua.correspondence;

/**
 * How the leader signs (Nghị định 30/2020/NĐ-CP Art. 13 and Phụ lục I mục II.8): the head in person, TM. (on behalf
 * of the collective), KT. (for the head, by a deputy), TL. (by order of the head), Q. (acting head). The printed line
 * above the position is {@code correspondence.authority.<name>} of the Vietnamese bundle.
 */
public enum SigningAuthority {
	HEAD, TM, KT, TL, Q
}
