import type { Command } from './command';

export function mainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length), 'help'.length) + 2;
  const lines = [
    `Gioia Studio ${version} — code interview transcripts with the Gioia methodology.`,
    '',
    'Usage: gioia <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}Show help for a command: gioia help <command>`,
    '',
    'Options:',
    '  -h, --help     Show this help',
    '  -v, --version  Print the version',
    '',
    'Exit codes: 0 success, 1 the command failed, 2 usage error.',
  ];
  return lines.join('\n');
}

export function commandHelp(command: Command): string {
  const optionLines = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(24)}${command.optionHelp[name] ?? ''}`;
  });
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    command.description,
    '',
    'Options:',
    ...optionLines,
    `  ${'-h, --help'.padEnd(24)}Show this help`,
  ].join('\n');
}
