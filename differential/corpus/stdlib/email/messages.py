# email: building a MIME message, parsing it back, headers with encodings, addresses and dates.
from email.message import EmailMessage
from email import message_from_string, policy
from email.utils import parseaddr, formataddr, getaddresses, parsedate_to_datetime, format_datetime
from email.header import decode_header, make_header
import datetime

msg = EmailMessage()
msg["From"] = formataddr(("Ann Lee", "ann@example.com"))
msg["To"] = "bob@example.com, Cy <cy@example.org>"
msg["Subject"] = "Quarterly report ✓"
msg["Date"] = format_datetime(datetime.datetime(2023, 5, 1, 12, 0, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = "<fixed@example.com>"
msg.set_content("Hello Bob,\n\nThe report is attached.\n")
msg.add_alternative("<p>Hello <b>Bob</b></p>", subtype="html")
msg.add_attachment(b"col1,col2\n1,2\n", maintype="text", subtype="csv", filename="data.csv")
text = msg.as_string()
text = "\n".join(l for l in text.splitlines() if not l.startswith(("Content-Type: multipart", " boundary=")) and "=====" not in l)
print(msg["Subject"], msg.get_content_type(), msg.is_multipart(), len(list(msg.iter_parts())))
for part in msg.walk():
    print(part.get_content_type(), part.get_filename(), part.get_content_disposition())
print(msg.get_body(preferencelist=("plain",)).get_content())
parsed = message_from_string("From: x@y.z\nSubject: =?utf-8?q?caf=C3=A9?=\nTo: a@b.c\n\nbody line\n", policy=policy.default)
print(parsed["subject"], parsed["from"], parsed.get_content(), parsed["to"].addresses[0].domain)
print(parseaddr("Ann Lee <ann@example.com>"), getaddresses(["a@b.c, Bob <bob@d.e>"]))
print(decode_header("=?iso-8859-1?q?p=F6stal?="), str(make_header(decode_header("=?utf-8?b?w6lsw6g=?="))))
print(parsedate_to_datetime("Mon, 01 May 2023 12:00:00 +0200"))
legacy = message_from_string("Subject: hi\nContent-Type: text/plain; charset=utf-8\n\nbody\n")
print(legacy.get_param("charset"), legacy.get_payload(), legacy.keys())
