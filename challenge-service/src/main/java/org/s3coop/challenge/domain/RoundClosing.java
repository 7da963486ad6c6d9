package org.s3coop.challenge.domain;

/** How a round was closed: by a call ({@code POST .../transitions CLOSE}) or by its deadline (the scheduled check). */
public enum RoundClosing {
    CALL, DEADLINE
}
