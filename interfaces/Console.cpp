// interfaces::Console is abstract; this unit carries its meta-object (signals).
#include "Console.h"
