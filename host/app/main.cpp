// SPDX-License-Identifier: GPL-2.0-or-later
#include "workbench.h"

int main(int argc, char **argv)
{
    return Claimbench::runWorkbench(argc, argv);
}
