package eval

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestZZUnlinked(t *testing.T) {
	sets, _ := loadParallel(filepath.Join(SharedDir(), "data", "multilingual", "multiling2011.jsonl"), 3)
	for _, set := range sets {
		en := set["english"]
		arts := []*news.Article{en, set["czech"], set["greek"]}
		es := entity.Resolve(arts)
		var enNames []string
		for _, e := range es.Entities {
			if len(mentionsIn(e, en.ID)) > 0 {
				enNames = append(enNames, e.Name)
			}
		}
		fmt.Println("EN:", enNames)
		for _, e := range es.Entities {
			if len(mentionsIn(e, en.ID)) == 0 {
				var vs []string
				for _, v := range e.Variants {
					vs = append(vs, v.Text)
				}
				fmt.Println("  UNLINKED", e.Kind, vs)
			}
		}
		break
	}
}
