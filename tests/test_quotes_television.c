/* test_quotes_television.c — fix55 (docs/EVENTS.md "Issue 16: judge54's wrong forms (branch
 * fix55, stop 52)", item 7): «تلفزة», the Maghreb's word for a television, is a head whose
 * complement names the organisation that speaks (data/quotes.tsv "org" 0): وذكرت تلفزة "سي إن
 * إن" الأمريكية is CNN's, not the head alone. The one row of the corpus outside
 * bench/recall/drawn.txt with the form (judge54's quote row 20, snn-019983) gave «تلفزة» at
 * cad64897 (its data folder: the want fails there). */
#include "speaker_want.h"

static const want wants[] = {
    {"وذكرت تلفزة \"سي إن إن\" الأمريكية استناداً إلى المسؤول الأمريكي، لم تذكر اسمه، أن الرئيس الأمريكي باراك أوباما وافق على هذا الإجراء عقب مشاورات استغرقت شهورا عديدة.",
     "الرئيس الأمريكي", "سي إن إن", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_television");
}
