package org.caregate.forms.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file is, told by its first bytes rather than by what its sender says: PDF, PNG, JPEG and GIF have
 * signatures, so a file declared as one of them must carry it (a text file sent as a PDF is refused). Other
 * declared types are taken as they are, as long as they read as a media type; with none, the file name's extension
 * decides among the recognised kinds, else the file is {@code application/octet-stream}.
 */
public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "jpg"),
    GIF("image/gif", new byte[] {'G', 'I', 'F', '8'}, "gif");

    /** How many of a file's first bytes {@link #sniff} needs. */
    public static final int HEAD_BYTES = 8;
    /** The type of content no signature and no declaration names. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private final String contentType;
    private final byte[] signature;
    private final String extension;

    FileKind(String contentType, byte[] signature, String extension) {
        this.contentType = contentType;
        this.signature = signature;
        this.extension = extension;
    }

    /** The kind whose signature the file's first bytes carry, if any. */
    public static Optional<FileKind> sniff(byte[] head) {
        return Arrays.stream(values()).filter(kind -> head.length >= kind.signature.length
                && Arrays.equals(head, 0, kind.signature.length, kind.signature, 0, kind.signature.length)).findFirst();
    }

    /** The kind a declared content type claims (PDF's aliases {@code application/x-pdf} and {@code image/pdf} too). */
    public static Optional<FileKind> claimedBy(String contentType) {
        String type = bare(contentType);
        if (type.equals("application/x-pdf") || type.equals("image/pdf")) {
            return Optional.of(PDF);
        }
        if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(kind -> kind.contentType.equals(type)).findFirst();
    }

    /**
     * The content type to keep for a file whose first bytes are {@code head}, declared as {@code declared} (or
     * {@code null}) and named {@code fileName} (or {@code null}); empty when the declaration claims a kind whose
     * signature the content does not carry, or is no media type.
     */
    public static Optional<String> contentType(byte[] head, String declared, String fileName) {
        Optional<FileKind> sniffed = sniff(head);
        if (declared != null && !declared.isBlank()) {
            Optional<FileKind> claimed = claimedBy(declared);
            if (claimed.isPresent()) {
                return claimed.equals(sniffed) ? Optional.of(claimed.get().contentType) : Optional.empty();
            }
            if (sniffed.isPresent()) {
                return Optional.of(sniffed.get().contentType);
            }
            String type = bare(declared);
            return MEDIA_TYPE.matcher(type).matches() ? Optional.of(type) : Optional.empty();
        }
        if (sniffed.isPresent()) {
            return Optional.of(sniffed.get().contentType);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Optional.of(name.endsWith(".txt") ? "text/plain" : name.endsWith(".csv") ? "text/csv" : UNKNOWN);
    }

    /** The family {@code documents(file_type:)} names a content type by: pdf, image, video, audio, text or other. */
    public static String family(String contentType) {
        String type = bare(contentType);
        if (claimedBy(type).filter(kind -> kind == PDF).isPresent()) {
            return "pdf";
        }
        int slash = type.indexOf('/');
        String top = slash < 0 ? type : type.substring(0, slash);
        return switch (top) {
            case "image", "video", "audio", "text" -> top;
            default -> "other";
        };
    }

    public String contentType() {
        return contentType;
    }

    /** The usual extension of such files. */
    public String extension() {
        return extension;
    }

    private static String bare(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
