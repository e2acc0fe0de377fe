#pragma once

#include <QtGlobal>

// A TCP port on 127.0.0.1 that nothing listens on right now (0 if none could be had): for a child
// process (a node, a proxy) that must be started on a known port.
quint16 freeLoopbackPort();
