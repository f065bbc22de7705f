# email messages sent with smtplib to a minimal SMTP server on the loopback
import email
import email.policy
import email.utils
import smtplib
import socketserver
import threading
from email.message import EmailMessage

received = []

class SMTPHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 localhost test server")
        while line := self.rfile.readline():
            cmd = line.decode().strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.wfile.write(b"250-localhost\r\n250-8BITMIME\r\n250 SIZE 100000\r\n")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                received.append(cmd)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go ahead")
                lines = []
                while (data := self.rfile.readline()) != b".\r\n":
                    lines.append(data)
                received.append(b"".join(lines))
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("500 unknown")

server = socketserver.TCPServer(("127.0.0.1", 0), SMTPHandler)
t = threading.Thread(target=server.handle_request)
t.start()

msg = EmailMessage()
msg["From"] = email.utils.formataddr(("Krait Test", "krait@example.org"))
msg["To"] = "someone@example.com"
msg["Subject"] = "Greetings over the loopback"
msg["Date"] = email.utils.formatdate(0, usegmt=True)
msg.set_content("Hello,\n\nthis came through smtplib.\n")
msg.add_attachment(b"\x00\x01binary", maintype="application", subtype="octet-stream",
                   filename="data.bin")

with smtplib.SMTP(*server.server_address, timeout=10) as smtp:
    print(smtp.ehlo()[0], smtp.has_extn("8bitmime"), smtp.has_extn("starttls"))
    print(smtp.send_message(msg))
    print(smtp.noop())
t.join()
server.server_close()

print(received[:2])
parsed = email.message_from_bytes(received[2], policy=email.policy.default)
print(parsed["Subject"], "|", parsed["From"], "|", parsed["Date"])
print(parsed.get_content_type(), [p.get_content_type() for p in parsed.iter_parts()])
print(parsed.get_body(("plain",)).get_content())
att = next(parsed.iter_attachments())
print(att.get_filename(), att.get_content())
