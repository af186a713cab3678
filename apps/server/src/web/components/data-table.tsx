import type { ComponentProps, Key, ReactNode } from "react";
import { Table } from "@digdir/designsystemet-react";

export interface DataTableColumn {
  /** The column header; on a stacked table also the label shown beside each cell on a phone. */
  label: string;
  /** Figures: tabular digits, aligned to the end of the line (the left in Arabic). */
  numeric?: boolean;
}

export interface DataTableRow {
  key: Key;
  /** One cell per column, in the columns' order. */
  cells: readonly ReactNode[];
}

export type DataTableProps = Omit<ComponentProps<typeof Table>, "children"> & {
  /** Names the table for screen readers (and, when the table scrolls, its scroll region). */
  caption: string;
  /** Show the caption on screen too; by default it is for screen readers only (a heading usually says the same). */
  showCaption?: boolean;
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
  /** The first cell of each row names the row (`<th scope="row">`). */
  rowHeaders?: boolean;
  /**
   * On a phone each row becomes a card with every cell labelled by its column (`stacked-table` in
   * app.css). Otherwise the table scrolls sideways in a region that takes keyboard focus.
   */
  stacked?: boolean;
};

const numberClass = "data-table-number";

/**
 * A table of records or figures over Designsystemet's Table: a caption, column headers with
 * `scope="col"`, figures right-aligned (logically: `text-align: end`), and either stacked into
 * cards or scrolling inside a keyboard-focusable region on a narrow screen. No script needed.
 */
export function DataTable({ caption, showCaption = false, columns, rows, rowHeaders = false, stacked = false, className, ...table }: DataTableProps) {
  const classes = [stacked ? "stacked-table" : "", className ?? ""].filter(Boolean).join(" ") || undefined;
  const content = (
    <Table className={classes} {...table}>
      <caption className={showCaption ? undefined : "ds-sr-only"}>{caption}</caption>
      <Table.Head>
        <Table.Row>
          {columns.map((column, index) => (
            <Table.HeaderCell key={index} scope="col" className={column.numeric ? numberClass : undefined}>
              {column.label}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            {row.cells.map((cell, index) => {
              const column = columns[index];
              const className = column?.numeric ? numberClass : undefined;
              return rowHeaders && index === 0 ? (
                <Table.HeaderCell key={index} scope="row" className={className}>
                  {cell}
                </Table.HeaderCell>
              ) : (
                <Table.Cell key={index} data-label={stacked ? column?.label : undefined} className={className}>
                  {cell}
                </Table.Cell>
              );
            })}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
  return stacked ? (
    <div className="table-scroll">{content}</div>
  ) : (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {content}
    </div>
  );
}
