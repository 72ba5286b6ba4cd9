// Runtime — the one header emitted programs include.
#pragma once

#include "py2cpp/builtins.h"
#include "py2cpp/classes.h"
#include "py2cpp/errors.h"
#include "py2cpp/generator.h"
#include "py2cpp/int128.h"
#include "py2cpp/int64.h"
#include "py2cpp/modules.h"
#include "py2cpp/objects.h"
#include "py2cpp/ops.h"
#include "py2cpp/value.h"
