import type { Command } from 'commander';
import { cardToJson } from '../catalog/card-json.js';
import { Catalog } from '../catalog/catalog.js';
import { CatalogQueryError, parseCatalogQuery, type RawCatalogQuery } from '../catalog/catalog-query-input.js';
import { didYouMean } from '../config/name-suggestion.js';
import { CliError, configFromFlags, UsageError } from './cli-support.js';
import { formatCard, formatCardTable, formatComparison, LIST_WIDTH } from './models-format.js';

interface ListFlags {
  config?: string;
  capability: string[];
  maxInputPrice?: string;
  minContext?: string;
  region?: string;
  provider?: string;
  vendor?: string;
  kind?: string;
  sort?: string;
  configured?: boolean;
  json?: boolean;
  wide?: boolean;
}

/** Flag for each query field, as errors name it. */
const FLAGS: Record<keyof RawCatalogQuery, string> = {
  capability: '--capability',
  maxInputPrice: '--max-input-price',
  minContext: '--min-context',
  region: '--region',
  provider: '--provider',
  vendor: '--vendor',
  kind: '--kind',
  sort: '--sort',
  configured: '--configured',
};

/** The catalog as the config describes it (shipped cards plus its `model_card` blocks). */
async function loadCatalog(flags: { config?: string }): Promise<Catalog> {
  return Catalog.fromConfig(await configFromFlags({ config: flags.config }));
}

/** A card by id or alias, or by the name of a configured model linked to it. */
function findCard(catalog: Catalog, id: string) {
  const card = catalog.get(id) ?? catalog.cardForModel(id);
  if (card) return card;
  const configured = catalog.all().flatMap((known) => catalog.modelsFor(known.id));
  const hint = didYouMean(id, [...catalog.all().map((known) => known.id), ...configured]);
  throw new CliError(`No model card or configured model '${id}'.${hint ? ` ${hint[0].toUpperCase()}${hint.slice(1)}` : ' Run `aigrid models list` to see them.'}`);
}

const print = (text: string) => void process.stdout.write(`${text}\n`);
const collect = (value: string, previous: string[]) => [...previous, value];

/** `aigrid models list|show|compare`: the model catalog, with the config's overrides. */
export function registerModels(program: Command): void {
  const models = program.command('models').description('browse the model catalog: prices, context, capabilities, regions');

  models
    .command('list')
    .description('list model cards, filtered and sorted')
    .option('-c, --config <file>', 'config file (its model_card blocks are included)')
    .option('--capability <name>', 'required capability (repeatable): tools, json_schema, json_object, streaming, vision, reasoning', collect, [])
    .option('--max-input-price <usd>', 'highest input price in USD per million tokens, e.g. 1')
    .option('--min-context <tokens>', 'smallest context window in tokens, e.g. 128000')
    .option('--region <region>', 'region the offering lists: us, eu, asia, global or a specific one')
    .option('--provider <type>', 'provider type, e.g. openai, mistral, bedrock')
    .option('--vendor <vendor>', 'model maker, e.g. meta, qwen')
    .option('--kind <kind>', 'chat or embedding')
    .option('--configured', 'only cards linked to a configured model')
    .option('--sort <key>', 'input-price, output-price, context, name or released', 'name')
    .option('--wide', `every column (name, kind, capabilities, regions), however wide; by default the table fits ${LIST_WIDTH} columns`)
    .option('--json', 'print JSON (every field)')
    .action(async (flags: ListFlags) => {
      let query;
      try {
        query = parseCatalogQuery({ ...flags, capability: flags.capability });
      } catch (error) {
        if (error instanceof CatalogQueryError) throw new UsageError(`${FLAGS[error.field]} ${error.problem}.`);
        throw error;
      }
      const catalog = await loadCatalog(flags);
      const cards = catalog.query(query);
      if (flags.json) return print(JSON.stringify(cards.map((card) => cardToJson(card, catalog.modelsFor(card.id)))));
      print(cards.length > 0 ? formatCardTable(cards, catalog, flags.wide) : 'No model cards match.');
    });

  models
    .command('show')
    .description('show one model card')
    .argument('<id>', 'card id, <provider>/<model>, e.g. openai/gpt-4o, or a configured model name')
    .option('-c, --config <file>', 'config file (its model_card blocks are included)')
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { config?: string; json?: boolean }) => {
      const catalog = await loadCatalog(flags);
      const card = findCard(catalog, id);
      print(flags.json ? JSON.stringify(cardToJson(card, catalog.modelsFor(card.id))) : formatCard(card, catalog));
    });

  models
    .command('compare')
    .description('compare model cards side by side')
    .argument('<ids...>', 'two or more card ids or configured model names')
    .option('-c, --config <file>', 'config file (its model_card blocks are included)')
    .option('--json', 'print JSON')
    .action(async (ids: string[], flags: { config?: string; json?: boolean }) => {
      if (ids.length < 2) throw new UsageError('compare needs at least two card ids.');
      const catalog = await loadCatalog(flags);
      const cards = ids.map((id) => findCard(catalog, id)).filter((card, index, all) => all.indexOf(card) === index);
      if (flags.json) return print(JSON.stringify(cards.map((card) => cardToJson(card, catalog.modelsFor(card.id)))));
      print(formatComparison(cards, catalog));
    });
}
