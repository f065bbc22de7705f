# How a daemon configures the system logger: priority and facility constants, masks built with
# LOG_MASK/LOG_UPTO, and the argument errors. Every message sent here is masked out, so
# nothing reaches the machine's log.
import syslog

print(sorted((k, getattr(syslog, k)) for k in dir(syslog)
             if k.isupper() and isinstance(getattr(syslog, k), int)))
print(syslog.LOG_MASK(syslog.LOG_ERR), syslog.LOG_UPTO(syslog.LOG_WARNING),
      syslog.LOG_UPTO(syslog.LOG_DEBUG) == 255)
print('mask unchanged by 0:', syslog.setlogmask(0) == syslog.setlogmask(0))
old = syslog.setlogmask(syslog.LOG_MASK(syslog.LOG_EMERG))
print('new mask:', syslog.setlogmask(0))
syslog.openlog('corpus-check', syslog.LOG_PID | syslog.LOG_NDELAY, syslog.LOG_LOCAL0)
syslog.syslog(syslog.LOG_DEBUG, 'masked out')
syslog.syslog('masked out too')
syslog.closelog()
syslog.closelog()
syslog.openlog(logoption=syslog.LOG_PID)
syslog.syslog(syslog.LOG_INFO | syslog.LOG_USER, 'still masked')
syslog.closelog()
syslog.setlogmask(old)
for call in [lambda: syslog.syslog(),
             lambda: syslog.syslog(1),
             lambda: syslog.syslog(1, 2),
             lambda: syslog.syslog('a', 'b'),
             lambda: syslog.syslog(1, 'a', 3),
             lambda: syslog.syslog(2 ** 40, 'a'),
             lambda: syslog.openlog(1),
             lambda: syslog.openlog('x', 'y'),
             lambda: syslog.setlogmask('x'),
             lambda: syslog.setlogmask(),
             lambda: syslog.LOG_MASK('x'),
             lambda: syslog.LOG_UPTO(),
             lambda: syslog.LOG_MASK(2 ** 70)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
